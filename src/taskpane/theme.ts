/** Follows the Office theme: a dark Office body background selects Fluent's dark theme. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  /** Newer hosts say it outright. */
  isDarkTheme?: boolean;
}

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white); undefined if unreadable. */
function luminance(color: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((hex) => parseInt(hex as string, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined): boolean {
  if (typeof theme?.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const value = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return value !== undefined && value < 0.5;
}

export function fluentThemeFor(theme: OfficeThemeLike | undefined): Theme {
  return isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
}
