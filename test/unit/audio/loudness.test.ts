import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { measureFilter, normalizeFilter, parseLoudnormReport } from '../../../src/audio/loudness/loudnorm';
import { PLATFORM_LOUDNESS, loudnessTarget } from '../../../src/audio/loudness/targets';
import { loudnessWarning } from '../../../src/audio/loudness/master';
import { platformOption } from '../../../src/audio/loudness/platform-option';
import { seriesSchema } from '../../../src/schema';
import { minimalSeries } from '../../fixtures/minimal';

const STDERR = `[Parsed_loudnorm_0 @ 0x5] 
{
	"input_i" : "-20.65",
	"input_tp" : "-3.17",
	"input_lra" : "2.30",
	"input_thresh" : "-31.85",
	"output_i" : "-15.07",
	"output_tp" : "-1.00",
	"output_lra" : "1.60",
	"output_thresh" : "-25.82",
	"normalization_type" : "dynamic",
	"target_offset" : "1.07"
}
[out#0/null @ 0x6] video:0KiB audio:784KiB`;

describe('parseLoudnormReport', () => {
  it('reads the JSON loudnorm prints on stderr', () => {
    expect(parseLoudnormReport(STDERR)).toEqual({ inputI: -20.65, inputTp: -3.17, inputLra: 2.3, inputThresh: -31.85, outputI: -15.07, outputTp: -1, targetOffset: 1.07, normalizationType: 'dynamic' });
  });

  it('reads silence ("-inf") as minus infinity, and returns null without a report', () => {
    expect(parseLoudnormReport('{"input_i" : "-inf", "normalization_type" : "linear"}')).toMatchObject({ inputI: -Infinity, normalizationType: 'linear' });
    expect([parseLoudnormReport('no json here'), parseLoudnormReport('{ broken')]).toEqual([null, null]);
  });
});

describe('loudnorm filters', () => {
  const target = { integratedLufs: -14, truePeakDb: -1 };

  it('always sets the target, allowing the widest range so only the peak limit forces dynamic mode', () => {
    expect(measureFilter(target)).toBe('loudnorm=I=-14:TP=-1:LRA=50:print_format=json');
  });

  it('feeds pass 1\'s measurement back for linear gain', () => {
    const measured = parseLoudnormReport(STDERR);
    if (!measured) throw new Error('no report');
    expect(normalizeFilter(target, measured)).toBe('loudnorm=I=-14:TP=-1:LRA=50:measured_I=-20.65:measured_TP=-3.17:measured_LRA=2.3:measured_thresh=-31.85:offset=1.07:linear=true:print_format=json');
  });
});

describe('loudnessTarget', () => {
  const series = (sound?: unknown) => seriesSchema.parse(minimalSeries(sound === undefined ? {} : { sound: sound as never }));

  it('is −14 LUFS and −1 dBTP unless the series says otherwise', () => {
    expect(loudnessTarget({ series: series() })).toEqual({ integratedLufs: -14, truePeakDb: -1 });
    expect(loudnessTarget({ series: series({ loudness: { integratedLufs: -16 } }) })).toEqual({ integratedLufs: -16, truePeakDb: -1 });
  });

  it('uses a platform\'s target, or the series\' own target for that platform', () => {
    expect(loudnessTarget({ series: series(), platform: 'snapchat-spotlight' })).toEqual({ integratedLufs: -16, truePeakDb: -1 });
    expect(loudnessTarget({ series: series({ platformLoudness: { tiktok: { integratedLufs: -13, truePeakDb: -1.5 } } }), platform: 'tiktok' })).toEqual({ integratedLufs: -13, truePeakDb: -1.5 });
  });

  it('keeps a source and a date beside every platform\'s number', () => {
    for (const entry of Object.values(PLATFORM_LOUDNESS)) expect([entry.source.length > 10, /^\d{4}/.test(entry.checked)]).toEqual([true, true]);
  });
});

describe('loudnessWarning', () => {
  const target = { integratedLufs: -14, truePeakDb: -1 };

  it('says nothing inside ±1 LU and under the peak limit, or for a silent mix', () => {
    expect([
      loudnessWarning({ mode: 'linear', integratedLufs: -13, truePeakDb: -1 }, target),
      loudnessWarning({ mode: 'dynamic', integratedLufs: -15, truePeakDb: -3 }, target),
      loudnessWarning({ mode: 'silent', integratedLufs: -Infinity, truePeakDb: -Infinity }, target),
      loudnessWarning(null, target),
    ]).toEqual([null, null, null, null]);
  });

  it('names the measurement, the target and the fix otherwise', () => {
    expect(loudnessWarning({ mode: 'dynamic', integratedLufs: -15.2, truePeakDb: -0.8 }, target)).toBe(
      'Loudness: the mix measures -15.2 LUFS with a true peak of -0.8 dBTP, but the target is -14 LUFS at most -1 dBTP. Lower the loudest effect or the music (volumeDb) and render again.',
    );
  });
});

describe('platformOption', () => {
  it('accepts a platform and refuses anything else with a suggestion', () => {
    expect(platformOption('reels')).toBe('reels');
    expect(() => platformOption('tiktk')).toThrow(new InvalidArgumentError('must be one of tiktok, reels, shorts, facebook-reels, snapchat-spotlight, but got "tiktk". Did you mean "tiktok"?'));
  });
});
