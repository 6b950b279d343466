module.exports = require('../../../jest.shared.cjs').projectConfig('api-posts', __dirname, { database: true });
