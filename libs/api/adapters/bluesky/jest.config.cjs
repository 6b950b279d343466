module.exports = require('../../../../jest.shared.cjs').projectConfig('api-adapter-bluesky', __dirname);
