module.exports = require('../../jest.shared.cjs').projectConfig('api', __dirname, { database: true });
