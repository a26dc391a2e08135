// `npm start` serves the production build, so its own steps (preparing the database) read the same
// production .env files as the server it starts. Imported before ./load-env.
(process.env as Record<string, string | undefined>).NODE_ENV = "production";
