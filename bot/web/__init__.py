"""The operator's status page: a read-only view of the store in a browser.

`newsbot run` serves it when `[web] port` is set (`bot.app` builds a
`server.StatusServer`). `status` reads the store through the core's protocols and
shapes what the pages show; `charts` draws the SVG bar charts; `auth` holds the
token, session cookies and the limit on failed sign-ins; the HTML is in
`templates/` (Jinja2, autoescaped) and `static/style.css`.
"""
