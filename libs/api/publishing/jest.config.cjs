module.exports = require('../../../jest.shared.cjs').projectConfig('api-publishing', __dirname, { database: true });
