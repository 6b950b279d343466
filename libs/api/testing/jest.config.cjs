module.exports = require('../../../jest.shared.cjs').projectConfig('api-testing', __dirname, { database: true });
