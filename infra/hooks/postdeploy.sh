#!/bin/sh
# azd postdeploy hook: wire Event Grid to the blob trigger once the code is live.
#
# The Event Grid subscription (infra/app/blob-event-subscription.bicep) targets the blob
# extension's webhook, whose URL carries the `blobs_extension` system key. That key exists only
# after the app code has been deployed and the Functions host has started, and Event Grid checks
# the webhook with a validation handshake that the running extension answers. So the first
# `azd provision` skips the subscription; after the first deploy this hook switches
# GENSCREEN_ENABLE_BLOB_EVENTS on and provisions again. From then on every `azd provision` / `azd up`
# declares the subscription itself and this hook does nothing.
#
# Needs: azd (running this hook). Optional: az (used to wait until the host has published the key;
# without it the hook retries the provisioning instead).
set -eu

if [ "${GENSCREEN_ENABLE_BLOB_EVENTS:-false}" = "true" ]; then
  echo "postdeploy: Event Grid subscription already managed by provisioning; nothing to do."
  exit 0
fi

: "${AZURE_FUNCTION_APP_NAME:?run azd provision first}"
: "${AZURE_RESOURCE_GROUP:?run azd provision first}"

if command -v az >/dev/null 2>&1; then
  echo "postdeploy: waiting for ${AZURE_FUNCTION_APP_NAME} to publish its blobs_extension key..."
  tries=0
  while :; do
    key=$(az functionapp keys list --name "$AZURE_FUNCTION_APP_NAME" --resource-group "$AZURE_RESOURCE_GROUP" \
      --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
    [ -n "$key" ] && break
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
      echo "postdeploy: the host has not published the blobs_extension key after 5 minutes." >&2
      echo "postdeploy: check that the app has a blob-triggered function with Source = BlobTriggerSource.EventGrid, then run 'azd deploy' again." >&2
      exit 1
    fi
    sleep 10
  done
fi

azd env set GENSCREEN_ENABLE_BLOB_EVENTS true
attempt=1
until azd provision --no-prompt; do
  if [ "$attempt" -ge 3 ]; then
    azd env set GENSCREEN_ENABLE_BLOB_EVENTS false
    echo "postdeploy: could not create the Event Grid subscription; run 'azd deploy' again to retry." >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  echo "postdeploy: provisioning failed (the host may still be starting); retrying in 30 s..." >&2
  sleep 30
done
echo "postdeploy: BlobCreated events of the incoming container now trigger the image screener."
