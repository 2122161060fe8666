#!/bin/sh
docker swarm join --token SWMTKN-1-fvntq1bnebxrqsrgd5cgmre5scu9q17qlxzhynp32jl2q8v1w4-uiae00ik7zqgfue3trpc5clmg 10.20.0.5:2377
