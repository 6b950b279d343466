module.exports = require('../../../jest.shared.cjs').projectConfig('api-http', __dirname);
