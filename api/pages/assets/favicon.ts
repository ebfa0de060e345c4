/**
 * The site's icon, a small inline SVG (a document with a date mark), served at `/favicon.ico`
 * (browsers ask for it whatever the page says) and `/favicon.svg`.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect x="5" y="2" width="22" height="28" rx="3" fill="#1f4e79"/>
<rect x="9" y="8" width="14" height="2.5" rx="1" fill="#fff"/>
<rect x="9" y="13" width="14" height="2.5" rx="1" fill="#fff"/>
<rect x="9" y="18" width="9" height="2.5" rx="1" fill="#fff"/>
<circle cx="23" cy="24" r="5" fill="#f0a500"/>
</svg>
`;
