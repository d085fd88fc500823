// Settings for `npx remotion studio|render|still`. The cliffhanger CLI passes the same choices to @remotion/renderer.
import { Config } from '@remotion/cli/config';
import { findBrowser } from './src/render/browser';

const browser = findBrowser();
if (browser.executable) {
  Config.setBrowserExecutable(browser.executable);
  Config.setChromeMode(browser.chromeMode);
}
Config.setVideoImageFormat('jpeg');
Config.setOverwriteOutput(true);
