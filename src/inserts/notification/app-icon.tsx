import { UI_WEIGHT } from '../shared/fonts';
/** Brand colours of the apps a drama usually gets messages from; any other app gets the series accent. */
const APP_COLORS: Readonly<Record<string, string>> = {
  messages: '#34c759',
  imessage: '#34c759',
  whatsapp: '#25d366',
  mail: '#1a82fb',
  slack: '#4a154b',
  instagram: '#d62976',
  teams: '#5b5fc7',
};

/** The icon colour for an app name ("Messages" → green). */
export const appIconColor = (app: string, fallback: string): string => APP_COLORS[app.trim().toLowerCase()] ?? fallback;

type AppIconProps = { readonly app: string; readonly sizePx: number; readonly accent: string };

/** A rounded-square app icon: a speech bubble for messaging apps, the app's initial otherwise. */
export const AppIcon = ({ app, sizePx, accent }: AppIconProps) => {
  const color = appIconColor(app, accent);
  const messaging = color === APP_COLORS.messages || color === APP_COLORS.whatsapp;
  return (
    <div
      style={{
        width: sizePx, height: sizePx, borderRadius: sizePx * 0.24, background: color, display: 'flex', flexShrink: 0,
        alignItems: 'center', justifyContent: 'center', color: '#fff', fontWeight: UI_WEIGHT.semibold, fontSize: sizePx * 0.55,
      }}
    >
      {messaging ? (
        <div style={{ width: sizePx * 0.62, height: sizePx * 0.5, borderRadius: '50%', background: '#fff' }} />
      ) : (
        app.trim().charAt(0).toUpperCase()
      )}
    </div>
  );
};
