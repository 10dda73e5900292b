# spasm-bot: the Telegram bot with its knowledge bundled, as a non-root process.
#   docker build -t spasm-bot .
#   docker run -e TELEGRAM_BOT_TOKEN=... spasm-bot            (long polling; /healthz etc. on 9102)
# The token comes from the environment or a secret file (--token-file), never from the image.

# --- build: the wheel (the knowledge folder goes inside it, see pyproject.toml) ---
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist .

# --- run: the wheel and its dependencies, nothing else ---
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PTB_TIMEDELTA=true \
    SPASM_BOT_LISTEN=0.0.0.0 \
    SPASM_BOT_PORT=8443 \
    SPASM_BOT_METRICS_PORT=9102 \
    SPASM_BOT_LOG_FORMAT=json
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin spasm
COPY --from=build /dist/*.whl /tmp/
RUN pip install --no-cache-dir /tmp/*.whl && rm /tmp/*.whl && spasm-bot check
USER spasm
EXPOSE 8443 9102
# Webhook mode serves /healthz on the webhook's port; long polling on the metrics port.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["python", "-c", "import os, urllib.request as u; e = os.environ; p = e['SPASM_BOT_PORT'] if e.get('SPASM_BOT_WEBHOOK_URL') else e['SPASM_BOT_METRICS_PORT']; u.urlopen(f'http://127.0.0.1:{p}/healthz', timeout=4)"]
ENTRYPOINT ["spasm-bot", "telegram"]
