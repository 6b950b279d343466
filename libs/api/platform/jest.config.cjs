module.exports = require('../../../jest.shared.cjs').projectConfig('api-platform', __dirname);
