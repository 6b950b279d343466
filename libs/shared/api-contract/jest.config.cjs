module.exports = require('../../../jest.shared.cjs').projectConfig('shared-api-contract', __dirname);
