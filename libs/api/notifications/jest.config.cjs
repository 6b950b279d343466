module.exports = require('../../../jest.shared.cjs').projectConfig('api-notifications', __dirname, { database: true });
