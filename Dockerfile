# ArticleBot: multi-stage build. The SDK stage publishes; the runtime stage runs as a non-root user with the built
# index on a volume. Not built in CI (no Docker there); `dotnet publish` is the tested path (docs/operations.md).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
# A runtime identifier turns on ReadyToRun (ArticleBot.csproj): less JIT at start (BENCHMARKS.md, section 3).
RUN dotnet publish src/ArticleBot/ArticleBot.csproj -c Release -r linux-x64 --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The articles are part of the image (read-only); the index is rebuilt from them into the volume when it is missing,
# corrupted or out of date, so the volume is only a cache.
COPY appsettings.json ./
COPY index/articles/ ./index/articles/
COPY index/synonyms.txt ./index/
RUN mkdir -p /app/index/.lucene /app/index/.state && chown -R app:app /app/index/.lucene /app/index/.state
VOLUME /app/index/.lucene
# The operators' store (questions asked, readers' feedback) is not a cache: keep its volume across upgrades.
VOLUME /app/index/.state
# The web chat and health endpoints listen on all interfaces inside the container; publish the port to 127.0.0.1 on
# the host unless the chat should be reachable from elsewhere (it has no login).
ENV ArticleBot__Web__Url=http://0.0.0.0:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The "app" user (uid 1654) ships with the .NET images.
USER app
# Health: probe GET /healthz (alive) and GET /readyz (index loaded, chat platforms connected) from the orchestrator;
# the runtime image has no curl for a HEALTHCHECK.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "articlebot.dll", "serve"]
