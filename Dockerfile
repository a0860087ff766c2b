# newsbot: the bot with its bundled config; the database lives on the /data volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 NEWSBOT_DB=/data/newsbot.db
WORKDIR /app

COPY pyproject.toml README.md ./
COPY bot bot
COPY adapters adapters
COPY summaries summaries
COPY config config
RUN pip install --no-cache-dir -e . \
    && useradd --system --home-dir /data newsbot \
    && mkdir -p /data && chown newsbot /data

USER newsbot
VOLUME /data
# Slack HTTP mode listens here ([slack] mode = "http"); Socket Mode needs no port.
EXPOSE 3000
CMD ["newsbot", "run"]
