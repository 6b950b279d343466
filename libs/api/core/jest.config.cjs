module.exports = require('../../../jest.shared.cjs').projectConfig('api-core', __dirname, { database: true });
