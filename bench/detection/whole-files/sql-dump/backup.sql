-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;

--
-- Table structure for table `users`
--

DROP TABLE IF EXISTS `users`;
CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `users`
--

LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` VALUES (1,'alice','alice@acme-corp.net','$2b$10$uSEp71zhBbaw31m6lGKwKOtGPJzzNo07RBo..Rc2GR.ET0bVpRZ.K','2026-11-01 10:00:00'),(2,'bob','bob@acme-corp.net','$2b$10$C1aw.aHVwX4yfymuKo6Rpu8DvyjZ/tzX3bmVTS9BOSQFo5hKu60HW','2026-11-02 10:00:00'),(3,'carol','carol@acme-corp.net','$2b$10$siL6b2h03WTtN82r7nHBGeevZDcI3EcA0UdVK474aqIpK5hvZ/7Uy','2026-11-03 10:00:00');
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Current user accounts
--

CREATE USER 'shop_app'@'%' IDENTIFIED WITH 'mysql_native_password' AS '*ABC2B1AACFB9CD19826BC35AA3ED8C9DFA7D3011';
CREATE USER 'backup'@'localhost' IDENTIFIED WITH 'mysql_native_password' AS '*EF4632260D5E6B1DB3882C4EB621C16EEFB8BE56';

-- Dump completed on 2026-12-01 03:00:01
