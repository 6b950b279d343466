module.exports = require('../../../../jest.shared.cjs').projectConfig('api-adapter-mastodon', __dirname);
