// Event Grid subscription that feeds the Event Grid-source blob trigger of the image screener:
// BlobCreated events under the incoming container are pushed to the blob extension's webhook
//   https://<app>/runtime/webhooks/blobs?functionName=Host.Functions.<function>&code=<blobs_extension key>
//
// Why this is a separate, conditional module: the `blobs_extension` system key only exists once the
// app code (with the blob extension) has been deployed and the host has started, and Event Grid
// validates a webhook with a handshake that the running extension must answer. So the first
// `azd provision` skips this module; the postdeploy hook (infra/hooks/postdeploy.*) sets
// GENSCREEN_ENABLE_BLOB_EVENTS=true and re-runs provisioning, and from then on every provision
// keeps the subscription (and the key in its URL) up to date.

@description('Name of the Event Grid system topic on the content storage account.')
param systemTopicName string

@description('Name of the event subscription.')
param subscriptionName string

@description('Name of the Function App hosting the blob trigger.')
param functionAppName string

@description('Name of the blob-triggered function (the [Function("...")] name in code).')
param functionName string

@description('Container whose BlobCreated events are delivered.')
param incomingContainerName string

@description('Resource ID of the storage account holding the dead-letter container.')
param deadLetterStorageAccountId string

@description('Container receiving events that could not be delivered.')
param deadLetterContainerName string

@description('Delivery attempts before an event is dead-lettered.')
@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int = 30

@description('Minutes Event Grid keeps retrying an event before it is dead-lettered.')
@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int = 1440

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

// Host keys of the Function App (POST .../host/default/listKeys). Read at deployment time, never
// stored in an app setting or an output; Event Grid keeps the endpoint URL write-only.
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', '2025-03-01').systemKeys.blobs_extension

resource blobCreated 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: subscriptionName
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      // Trailing slash: matches .../containers/generated/blobs/... but not a container named generated2.
      subjectBeginsWith: '/blobServices/default/containers/${incomingContainerName}/'
      isSubjectCaseSensitive: false
    }
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
    // Undeliverable events are kept (images must not silently escape screening); written with the
    // system topic's own identity, which holds Blob Data Contributor on this container only.
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: deadLetterStorageAccountId
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output name string = blobCreated.name
