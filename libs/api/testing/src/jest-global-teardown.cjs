module.exports = async function globalTeardown() {
  const embedded = globalThis.__PARVIS_EMBEDDED__;
  if (embedded) {
    await embedded.server.stop();
    await embedded.db.close();
  }
};
