/** A page of the provider's own (sign-in, sign-out, errors): Bahasa Indonesia, plain HTML, no scripts. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Konsol ASN Kota Salatiga</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f6f4;color:#1b2620;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;padding:2rem;border-radius:12px;box-shadow:0 2px 12px #0002;width:min(92vw,380px)}
h1{font-size:1.35rem;margin:0 0 1rem;color:#1f5e3b}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.6rem;border:1px solid #8a9a90;border-radius:6px;font-size:1rem}
button{margin-top:1.25rem;width:100%;padding:.7rem;border:0;border-radius:6px;background:#1f5e3b;color:#fff;font-size:1rem;cursor:pointer}
button:focus-visible,input:focus-visible{outline:3px solid #e0a800;outline-offset:2px}
.error{background:#fdecea;color:#8a1c12;padding:.6rem;border-radius:6px}
small{display:block;margin-top:1rem;color:#4a5a50}
</style></head>
<body><main>${body}</main></body></html>`;
}
