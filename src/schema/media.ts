import { z } from 'zod';

/** Image and video file endings a beat's media may have. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'] as const;
export const VIDEO_EXTENSIONS = ['mp4', 'webm', 'mov'] as const;

const MEDIA_PATTERN = new RegExp(`\\.(${[...IMAGE_EXTENSIONS, ...VIDEO_EXTENSIONS].join('|')})$`, 'i');

/** A point in the frame as fractions of width and height (0,0 top left). Faces are kept around it when cropping. */
export const focalPointSchema = z.strictObject({
  x: z.number().min(0).max(1).default(0.5),
  y: z.number().min(0).max(1).default(0.4),
});

/** An image or a video clip in public/, shown by a beat instead of its animatic panel. */
export const mediaSchema = z.strictObject({
  src: z
    .string()
    .regex(MEDIA_PATTERN, `must be an image or video file (${[...IMAGE_EXTENSIONS, ...VIDEO_EXTENSIONS].join(', ')})`)
    .describe('Path inside public/, e.g. "the-stolen-design/e01/hook.mp4"'),
  trimStartInSeconds: z.number().min(0).default(0),
  trimEndInSeconds: z.number().positive().optional(),
  fit: z.enum(['cover', 'contain']).default('cover'),
  focalPoint: focalPointSchema.default({ x: 0.5, y: 0.4 }),
  muted: z.boolean().default(false),
  playbackRate: z.number().min(0.25).max(4).default(1).describe('Clip speed: 0.5 is slow motion, 2 is double speed'),
});

export type Media = z.output<typeof mediaSchema>;

/** Whether a media path names a video (otherwise an image). */
export const isVideoPath = (src: string): boolean =>
  (VIDEO_EXTENSIONS as readonly string[]).includes(src.split('.').pop()?.toLowerCase() ?? '');
