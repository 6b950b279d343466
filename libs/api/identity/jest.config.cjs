module.exports = require('../../../jest.shared.cjs').projectConfig('api-identity', __dirname, { database: true });
