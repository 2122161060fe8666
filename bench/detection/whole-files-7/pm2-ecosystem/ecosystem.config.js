module.exports = {
  apps: [{
    name: "api",
    script: "./dist/server.js",
    instances: 2,
    exec_mode: "cluster",
    env: {
      NODE_ENV: "development"
    },
    env_production: {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://api:k1bhSljv1gNDbZ@db-prod.acme-corp.net:5432/api",
      STRIPE_SECRET_KEY: "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",
      JWT_SECRET: "223587df5794b737de6b9ea7515bc53955364ed83a73515d1ebd683fb4a6b9bb"
    }
  }],
  deploy: {
    production: {
      user: "deploy",
      host: "app1.acme-corp.net",
      ref: "origin/main",
      repo: "git@github.com:acme-corp/api.git",
      path: "/srv/api"
    }
  }
};
