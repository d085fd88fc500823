import { Video } from '@remotion/media';
import { Img, staticFile, useCurrentFrame } from 'remotion';
import { isVideoPath, type Media } from '../../schema';
import { Layer } from '../Layer';
import { clipTrim, focalPosition, stillScale } from './media-fit';

type Props = { readonly media: Media; readonly fps: number; readonly durationInFrames: number; readonly background: string };

/** A beat's own footage: a clip (trimmed, optionally muted) or a still with a slow push-in, cropped around its focal point. */
export const MediaShot = ({ media, fps, durationInFrames, background }: Props) => {
  const frame = useCurrentFrame();
  const src = staticFile(media.src);
  const position = focalPosition(media);
  if (isVideoPath(media.src)) {
    const { trimBefore, trimAfter } = clipTrim(media, fps);
    return (
      <Layer style={{ backgroundColor: background }}>
        <Video src={src} trimBefore={trimBefore} trimAfter={trimAfter} muted={media.muted} objectFit={media.fit} style={{ width: '100%', height: '100%', objectPosition: position }} />
      </Layer>
    );
  }
  return (
    <Layer style={{ backgroundColor: background, overflow: 'hidden' }}>
      <Img
        src={src}
        style={{ width: '100%', height: '100%', objectFit: media.fit, objectPosition: position, transform: `scale(${stillScale(frame, durationInFrames)})`, transformOrigin: position }}
      />
    </Layer>
  );
};
