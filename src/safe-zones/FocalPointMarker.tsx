import { critical } from './critical';
import { faceBox } from './focal';

type Props = { readonly point: { readonly x: number; readonly y: number }; readonly source: string };

/** An invisible face-sized box around where a picture's focal point lands, so `cliffhanger check` can tell when a face is under platform UI. */
export const FocalPointMarker = ({ point, source }: Props) => {
  const box = faceBox(point);
  return (
    <div
      {...critical({ label: 'face (focal point)', source, measure: 'box' })}
      style={{ position: 'absolute', left: box.x, top: box.y, width: box.width, height: box.height, pointerEvents: 'none' }}
    />
  );
};
