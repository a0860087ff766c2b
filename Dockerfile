# newsbot in a container: `docker compose up -d` (see docker-compose.yml).
#
# Three build stages keep the dependencies in layers that a code change does not
# invalidate: `requirements` turns pyproject.toml into a requirements list, `deps`
# builds wheels from that list only (rebuilt when a dependency changes, not when
# the code or the version does), `wheel` builds newsbot's own wheel. The image
# installs both without the source tree (no editable install) and runs as a
# non-root user. The database lives in /data: a named volume works as it is; for
# a bind mount, run as the folder's owner (compose: `user: "UID:GID"`), since the
# image needs no particular user to run.

FROM python:3.11-slim AS requirements
WORKDIR /src
COPY pyproject.toml ./
# the dependencies and the PostgreSQL driver (the postgres extra), so one image serves
# the SQLite default and `docker-compose.postgres.yml`'s workers
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; print(*p['dependencies'], *p['optional-dependencies']['postgres'], sep='\n')" > requirements.txt

FROM python:3.11-slim AS deps
WORKDIR /src
COPY --from=requirements /src/requirements.txt ./
RUN pip wheel --no-cache-dir --wheel-dir /deps -r requirements.txt \
    && cp requirements.txt /deps/

FROM python:3.11-slim AS wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot bot
COPY adapters adapters
COPY summaries summaries
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    NEWSBOT_DB=/data/newsbot.db \
    HOME=/data
RUN groupadd --system --gid 10001 newsbot \
    && useradd --system --uid 10001 --gid newsbot --home-dir /data --no-create-home newsbot \
    && mkdir -p /data \
    && chown newsbot:newsbot /data
# the dependencies: this layer stays cached while only newsbot's code changes
RUN --mount=type=bind,from=deps,source=/deps,target=/deps \
    pip install --no-cache-dir --no-index --find-links=/deps -r /deps/requirements.txt
# newsbot itself, from its wheel
RUN --mount=type=bind,from=wheel,source=/dist,target=/dist \
    pip install --no-cache-dir --no-index --no-deps /dist/newsbot-*.whl

USER 10001:10001
WORKDIR /data
VOLUME ["/data"]
# Slack HTTP mode listens here ([slack] mode = "http"); Socket Mode needs no port.
EXPOSE 3000
# `newsbot run` in this container wrote its heartbeat lately and its adapters are
# connected (exit 1 names what is wrong), so an orchestrator restarts a stuck worker
HEALTHCHECK --interval=30s --timeout=20s --start-period=60s --retries=3 \
    CMD ["newsbot", "health"]
CMD ["newsbot", "run"]
