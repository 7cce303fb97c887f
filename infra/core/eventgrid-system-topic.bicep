// Event Grid system topic over the content storage account: the source of the BlobCreated events
// that drive the Event Grid-based blob trigger. Its system-assigned identity is used only to write
// undeliverable events to the dead-letter container (role granted in app/rbac.bicep).
// The subscription itself is app/blob-event-subscription.bicep (it needs the deployed app's key).

@description('Name of the system topic.')
param name string

@description('Azure region (must be the region of the source storage account).')
param location string

@description('Tags applied to the resource.')
param tags { *: string } = {}

@description('Resource ID of the storage account whose events the topic publishes.')
param sourceStorageAccountId string

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: sourceStorageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
output id string = systemTopic.id
output principalId string = systemTopic.identity.principalId
