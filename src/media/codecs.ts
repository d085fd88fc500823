/**
 * Codecs the renderer's Chromium decodes (WebCodecs in @remotion/media, with Remotion's fallbacks).
 * ProRes needs an extra decoder and HEVC has no software decoder in Chromium on Linux, so both are refused
 * before rendering rather than failing mid-render; add a codec here once a render of it is verified.
 */
export const PLAYABLE_VIDEO_CODECS: readonly string[] = ['avc', 'vp8', 'vp9', 'av1'];
/** Audio codecs decoded in the browser or by Remotion's audio fallback. */
export const PLAYABLE_AUDIO_CODECS: readonly string[] = ['aac', 'opus', 'mp3', 'vorbis', 'flac', 'pcm-s16', 'pcm-s16be', 'pcm-s24', 'pcm-s24be', 'pcm-s32', 'pcm-s32be', 'pcm-f32', 'pcm-f32be', 'pcm-u8'];

/** Readable names for the codec ids Mediabunny reports. */
const CODEC_NAMES: Readonly<Record<string, string>> = { avc: 'H.264', hevc: 'HEVC (H.265)', prores: 'ProRes', vp8: 'VP8', vp9: 'VP9', av1: 'AV1' };

/** "ProRes (codec "prores")", or the id alone when it has no friendlier name. */
export const codecName = (codec: string | null): string => {
  if (codec === null) return 'an unknown codec';
  const name = CODEC_NAMES[codec];
  return name ? `${name} (codec "${codec}")` : `codec "${codec}"`;
};

/** The command that converts a clip into something every renderer plays. */
export const CONVERT_VIDEO_HINT = 'Convert it to H.264: ffmpeg -i <file> -c:v libx264 -pix_fmt yuv420p -c:a aac <name>.mp4';
/** The command that converts a sound into something every renderer plays. */
export const CONVERT_AUDIO_HINT = 'Convert it to WAV: ffmpeg -i <file> -ar 48000 <name>.wav';
