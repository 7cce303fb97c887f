// Every role assignment of the system, in one place (least privilege, data-plane roles only).
//
//   principal                      role                              scope
//   app identity (user-assigned)   Storage Blob Data Owner           app storage account (host + deployment package)
//   app identity                   Storage Queue Data Contributor    app storage account (host queues)
//   app identity                   GenScreen incoming screener (*)   content account / container `incoming`
//   app identity                   GenScreen quarantine writer (*)   content account / container `quarantine` (WORM)
//   app identity                   GenScreen published writer (*)    content account / container `published` (publish mode only)
//   app identity                   Storage Blob Data Reader          content account / container `hashbanks` (bank snapshots)
//   app identity                   Storage Table Data Contributor    content account (verdict + audit tables)
//   app identity                   Storage Queue Data Contributor    content account (blob trigger poison queue, rescreen page queues)
//   app identity                   Cognitive Services User           Content Safety account
//   app identity                   Monitoring Metrics Publisher      Application Insights component
//   app identity                   Key Vault Secrets User            the verdict-id-key secret (not the vault)
//   Event Grid system topic (SA)   Storage Blob Data Contributor     content account / dead-letter container
//
// (*) Custom roles with exactly the data actions the pipeline uses (src/GenScreen.Storage/Images/DataActions.cs;
// a test keeps both lists in step). Storage Blob Data Contributor is not enough on `incoming`: it lacks
// blobs/tags/write (index tags on allowed images) and blobs/deleteBlobVersion/action (a moved image's screened
// version must not stay readable by version id); Owner would grant far more (ACLs, immutability bypass).
//
// No role is assigned at subscription or resource-group scope, and no key-listing role is granted.
// Assignment names are guid(scope, principal resource ID, role): stable across re-deployments and
// computable before deployment (so what-if can show them), unlike the principals' object IDs.

@description('Name of the app\'s user-assigned managed identity.')
param appIdentityName string

@description('Name of the Event Grid system topic (its system-assigned identity writes dead letters).')
param eventGridSystemTopicName string

@description('Name of the app (host) storage account.')
param appStorageAccountName string

@description('Name of the content storage account.')
param contentStorageAccountName string

@description('Incoming (generated images) container on the content account.')
param incomingContainerName string

@description('Publish mode: the published container on the content account (empty: publish mode off).')
param publishedContainerName string = ''

@description('Quarantine container on the content account.')
param quarantineContainerName string

@description('Hash bank snapshot container on the content account (hosts only read it; imports run with an operator\'s identity).')
param hashBankSnapshotContainerName string

@description('Event Grid dead-letter container on the content account.')
param deadLetterContainerName string

@description('Name of the Content Safety account.')
param contentSafetyAccountName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Name of the Key Vault.')
param keyVaultName string

@description('Name of the secret holding the verdict id key.')
param verdictIdKeySecretName string

// Built-in role definition IDs (identical in every Azure cloud and tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  cognitiveServicesUser: 'a97b65f3-24c7-4388-baec-2e87135dc908'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
}

var blobDataAction = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'

// Read and screen new images, tag and mark allowed ones, delete moved ones (base blob, snapshots and the screened version).
var incomingScreenerDataActions = [
  '${blobDataAction}/read'
  '${blobDataAction}/write'
  '${blobDataAction}/delete'
  '${blobDataAction}/deleteBlobVersion/action'
  '${blobDataAction}/tags/read'
  '${blobDataAction}/tags/write'
]

// Write verified copies into the WORM container and read them back (delete only works on an unverified copy
// before the container's retention applies; immutable versions refuse it).
var quarantineWriterDataActions = [
  '${blobDataAction}/read'
  '${blobDataAction}/write'
  '${blobDataAction}/delete'
]

// Publish mode: write verified copies of allowed images, read them back, tag them, delete an unverified copy.
var publishedWriterDataActions = [
  '${blobDataAction}/read'
  '${blobDataAction}/write'
  '${blobDataAction}/delete'
  '${blobDataAction}/tags/write'
]

resource incomingScreenerRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'genscreen-incoming-screener')
  properties: {
    roleName: 'GenScreen incoming screener (${uniqueString(resourceGroup().id)})'
    description: 'Screens generated images: read, tag, mark and move blobs of the incoming container.'
    type: 'CustomRole'
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: incomingScreenerDataActions
        notDataActions: []
      }
    ]
    assignableScopes: [
      resourceGroup().id
    ]
  }
}

resource quarantineWriterRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'genscreen-quarantine-writer')
  properties: {
    roleName: 'GenScreen quarantine writer (${uniqueString(resourceGroup().id)})'
    description: 'Writes verified copies of violating images into the WORM quarantine container.'
    type: 'CustomRole'
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: quarantineWriterDataActions
        notDataActions: []
      }
    ]
    assignableScopes: [
      resourceGroup().id
    ]
  }
}

resource publishedWriterRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = if (!empty(publishedContainerName)) {
  name: guid(resourceGroup().id, 'genscreen-published-writer')
  properties: {
    roleName: 'GenScreen published writer (${uniqueString(resourceGroup().id)})'
    description: 'Publish mode: copies allowed images into the published container with their verdict tags.'
    type: 'CustomRole'
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: publishedWriterDataActions
        notDataActions: []
      }
    ]
    assignableScopes: [
      resourceGroup().id
    ]
  }
}

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: appIdentityName
}

resource eventGridTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: eventGridSystemTopicName
}

resource appStorage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: appStorageAccountName
}

resource contentStorage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: contentStorageAccountName
}

resource contentBlobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' existing = {
  parent: contentStorage
  name: 'default'
}

resource incomingContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: contentBlobService
  name: incomingContainerName
}

resource quarantineContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: contentBlobService
  name: quarantineContainerName
}

resource publishedContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = if (!empty(publishedContainerName)) {
  parent: contentBlobService
  name: empty(publishedContainerName) ? 'unused' : publishedContainerName
}

resource hashBankSnapshotContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: contentBlobService
  name: hashBankSnapshotContainerName
}

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: contentBlobService
  name: deadLetterContainerName
}

resource contentSafety 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: contentSafetyAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource verdictIdKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' existing = {
  parent: keyVault
  name: verdictIdKeySecretName
}

// ---- App (host) storage: AzureWebJobsStorage + Flex deployment container ----

resource appStorageBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appStorage.id, appIdentity.id, roles.storageBlobDataOwner)
  scope: appStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appStorageQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appStorage.id, appIdentity.id, roles.storageQueueDataContributor)
  scope: appStorage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.storageQueueDataContributor
    )
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- Content storage ----

resource incomingScreener 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(incomingContainer.id, appIdentity.id, incomingScreenerRole.id)
  scope: incomingContainer
  properties: {
    roleDefinitionId: incomingScreenerRole.id
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource quarantineWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(quarantineContainer.id, appIdentity.id, quarantineWriterRole.id)
  scope: quarantineContainer
  properties: {
    roleDefinitionId: quarantineWriterRole.id
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource publishedWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(publishedContainerName)) {
  name: guid(publishedContainer.id, appIdentity.id, publishedWriterRole.id)
  scope: publishedContainer
  properties: {
    roleDefinitionId: publishedWriterRole.id
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource hashBankSnapshotReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hashBankSnapshotContainer.id, appIdentity.id, roles.storageBlobDataReader)
  scope: hashBankSnapshotContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource contentTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(contentStorage.id, appIdentity.id, roles.storageTableDataContributor)
  scope: contentStorage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.storageTableDataContributor
    )
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource contentQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(contentStorage.id, appIdentity.id, roles.storageQueueDataContributor)
  scope: contentStorage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.storageQueueDataContributor
    )
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource deadLetterBlobContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deadLetterContainer.id, eventGridTopic.id, roles.storageBlobDataContributor)
  scope: deadLetterContainer
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.storageBlobDataContributor
    )
    principalId: eventGridTopic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- Content Safety and Application Insights ----

resource contentSafetyUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(contentSafety.id, appIdentity.id, roles.cognitiveServicesUser)
  scope: contentSafety
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.cognitiveServicesUser)
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appInsightsMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appIdentity.id, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.monitoringMetricsPublisher
    )
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---- Key Vault: read the one secret the app needs, nothing else in the vault ----

resource verdictIdKeyReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(verdictIdKeySecret.id, appIdentity.id, roles.keyVaultSecretsUser)
  scope: verdictIdKeySecret
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}
