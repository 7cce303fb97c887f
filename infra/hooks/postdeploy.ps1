# azd postdeploy hook (Windows / PowerShell): same logic as postdeploy.sh, see the comments there.
# After the first deploy, switch GENSCREEN_ENABLE_BLOB_EVENTS on and provision again so that the
# Event Grid subscription (which needs the deployed app's blobs_extension key) is created.
$ErrorActionPreference = 'Stop'

if ($env:GENSCREEN_ENABLE_BLOB_EVENTS -eq 'true') {
    Write-Host 'postdeploy: Event Grid subscription already managed by provisioning; nothing to do.'
    exit 0
}
if (-not $env:AZURE_FUNCTION_APP_NAME -or -not $env:AZURE_RESOURCE_GROUP) {
    throw 'postdeploy: AZURE_FUNCTION_APP_NAME / AZURE_RESOURCE_GROUP not set: run azd provision first.'
}

if (Get-Command az -ErrorAction SilentlyContinue) {
    Write-Host "postdeploy: waiting for $($env:AZURE_FUNCTION_APP_NAME) to publish its blobs_extension key..."
    $key = ''
    for ($i = 0; $i -lt 30 -and -not $key; $i++) {
        $key = az functionapp keys list --name $env:AZURE_FUNCTION_APP_NAME --resource-group $env:AZURE_RESOURCE_GROUP `
            --query 'systemKeys.blobs_extension' --output tsv 2>$null
        if (-not $key) { Start-Sleep -Seconds 10 }
    }
    if (-not $key) {
        throw 'postdeploy: the host has not published the blobs_extension key after 5 minutes; check the blob trigger uses Source = BlobTriggerSource.EventGrid, then run azd deploy again.'
    }
}

azd env set GENSCREEN_ENABLE_BLOB_EVENTS true
for ($attempt = 1; ; $attempt++) {
    azd provision --no-prompt
    if ($LASTEXITCODE -eq 0) { break }
    if ($attempt -ge 3) {
        azd env set GENSCREEN_ENABLE_BLOB_EVENTS false
        throw 'postdeploy: could not create the Event Grid subscription; run azd deploy again to retry.'
    }
    Write-Warning 'postdeploy: provisioning failed (the host may still be starting); retrying in 30 s...'
    Start-Sleep -Seconds 30
}
Write-Host 'postdeploy: BlobCreated events of the incoming container now trigger the image screener.'
