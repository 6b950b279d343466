module.exports = require('../../../jest.shared.cjs').projectConfig('api-planning', __dirname, { database: true });
