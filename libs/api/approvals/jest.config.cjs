module.exports = require('../../../jest.shared.cjs').projectConfig('api-approvals', __dirname, { database: true });
