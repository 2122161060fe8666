// Update with your config settings.
module.exports = {
  development: {
    client: 'sqlite3',
    connection: { filename: './dev.sqlite3' },
    useNullAsDefault: true
  },
  production: {
    client: 'postgresql',
    connection: {
      host: 'db-prod.acme-corp.net',
      database: 'orders',
      user:     'orders_app',
      password: '3pGA91UuLttHWOu!z9'
    },
    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' }
  }
};
