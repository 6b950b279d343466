module.exports = require('../../../jest.shared.cjs').projectConfig('shared-domain', __dirname);
