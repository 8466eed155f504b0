/** The header's colour (brand-800 in globals.css): a phone's status bar and the installed app take it. */
export const THEME_COLOUR = "#881337";
