// GenScreen: the whole system in Azure, deployed by `azd up` (see docs/azure-architecture.md).
//
//   generator --> content storage (container `incoming`) --BlobCreated--> Event Grid system topic
//     --> Function App (Flex Consumption, .NET 10 isolated) --> Content Safety
//     --> verdict/audit tables, WORM quarantine container; telemetry to App Insights.
//
// Subscription scope, as azd expects: the template creates the resource group and tags it with
// azd-env-name. Every resource name has a default derived from a uniqueString token and can be
// overridden by a parameter. Container, table, function and app-setting names are not parameters:
// they come from names.json, which the C# code reads too.

targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; seeds the resource-name token and tags every resource.')
param environmentName string

@minLength(1)
@description('Primary location for all resources (must offer Flex Consumption and Azure AI Content Safety).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Default screening policy of the app (Screening__DefaultPolicy).')
@allowed([
  'mature'
  'strict'
])
param policy string = 'strict'

@description('Days a quarantined image version stays immutable (WORM) and is kept (Quarantine__RetentionDays).')
@minValue(1)
@maxValue(146000)
param quarantineRetentionDays int = 90

@description('True once the quarantine immutability policy has been locked out of band; the template then no longer re-declares it.')
param quarantinePolicyLocked bool = false

@description('Publish mode (docs/storage.md): generators write to the private `staging` container and only allowed images are copied, with their verdict tags, to the private `published` container. Off: generators write to `generated` and allowed images are tagged in place.')
param publishMode bool = false

@description('Publish mode: what happens to a staging blob once its published copy is verified (Delete, or Keep until the staging lifecycle rule deletes it).')
@allowed([
  'Delete'
  'Keep'
])
param stagingAfterPublish string = 'Delete'

@description('Publish mode: days after which any blob left in the staging container (kept after publishing, never screened, or given up as poison) is deleted.')
@minValue(1)
param stagingRetentionDays int = 7

@description('Create the Event Grid subscription that feeds the blob trigger. Needs the app code deployed first; the azd postdeploy hook turns it on.')
param enableBlobEventSubscription bool = false

@description('Content Safety pricing tier.')
@allowed([
  'F0'
  'S0'
])
param contentSafetySku string = 'S0'

@description('Redundancy of both storage accounts.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Key of the verdict ids derived from request ids (VerdictStore__IdKey, via Key Vault). Generated once by azd and kept in the azd environment (.azure/<env>/config.json); never in a committed file.')
@secure()
@minLength(32)
@metadata({
  azd: {
    type: 'generate'
    config: {
      length: 48
      noSpecial: true
    }
  }
})
param verdictIdKey string

@description('Client (application) ID of the Entra ID app registration that admins get a token for (app role GenScreen.Admin). Empty: App Service authentication stays off and nobody is admin.')
param adminAppClientId string = ''

@description('Flex Consumption instance memory (MB).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Flex Consumption scale-out limit.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

// Optional name overrides (empty = generated from the abbreviations and the token).
param resourceGroupName string = ''
param identityName string = ''
param functionAppName string = ''
param appServicePlanName string = ''
param appStorageAccountName string = ''
param contentStorageAccountName string = ''
param contentSafetyName string = ''
param logAnalyticsName string = ''
param applicationInsightsName string = ''
param eventGridSystemTopicName string = ''
param keyVaultName string = ''

var names = loadJsonContent('names.json')
// The container the trigger watches and generators write to: `staging` in publish mode, else `generated`.
var watchedContainer = publishMode ? names.containers.staging : names.containers.incoming
var publishedContainer = publishMode ? names.containers.published : ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'genscreen'
}

// Resource names: computed here (not taken from module outputs) so that they are known before the
// deployment starts; what-if (`azd provision --preview`) can then show every resource precisely.
var resourceNames = {
  resourceGroup: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  identity: !empty(identityName) ? identityName : '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
  functionApp: !empty(functionAppName) ? functionAppName : '${abbrs.webSitesFunctions}${resourceToken}'
  plan: !empty(appServicePlanName) ? appServicePlanName : '${abbrs.webServerFarms}${resourceToken}'
  appStorage: !empty(appStorageAccountName)
    ? appStorageAccountName
    : '${abbrs.storageStorageAccounts}app${resourceToken}'
  contentStorage: !empty(contentStorageAccountName)
    ? contentStorageAccountName
    : '${abbrs.storageStorageAccounts}cnt${resourceToken}'
  contentSafety: !empty(contentSafetyName)
    ? contentSafetyName
    : '${abbrs.cognitiveServicesContentSafety}${resourceToken}'
  logAnalytics: !empty(logAnalyticsName) ? logAnalyticsName : '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
  applicationInsights: !empty(applicationInsightsName)
    ? applicationInsightsName
    : '${abbrs.insightsComponents}${resourceToken}'
  keyVault: !empty(keyVaultName) ? keyVaultName : '${abbrs.keyVaultVaults}${resourceToken}'
  eventGridTopic: !empty(eventGridSystemTopicName)
    ? eventGridSystemTopicName
    : '${abbrs.eventGridSystemTopics}content-${resourceToken}'
  blobEventSubscription: '${abbrs.eventGridEventSubscriptions}${watchedContainer}-to-${toLower(names.functions.screenImageBlob)}'
}
// The app's only secret lives in Key Vault; the app setting is a reference, resolved by the platform
// with the app's identity (keyVaultReferenceIdentity in app/api.bicep).
var verdictIdKeySecretName = 'verdict-id-key'
// Flex Consumption deploys the app package from this container (one per app).
var deploymentContainerName = toLower('app-package-${take(resourceNames.functionApp, 32)}-${take(resourceToken, 7)}')

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: resourceNames.resourceGroup
  location: location
  tags: tags
}

module identity 'core/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: resourceNames.identity
    location: location
    tags: tags
  }
}

module monitoring 'core/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: resourceNames.logAnalytics
    applicationInsightsName: resourceNames.applicationInsights
    location: location
    tags: tags
  }
}

module appStorage 'core/app-storage.bicep' = {
  name: 'appStorage'
  scope: rg
  params: {
    name: resourceNames.appStorage
    location: location
    tags: tags
    skuName: storageSku
    deploymentContainerName: deploymentContainerName
  }
}

module contentStorage 'core/content-storage.bicep' = {
  name: 'contentStorage'
  scope: rg
  params: {
    name: resourceNames.contentStorage
    location: location
    tags: tags
    skuName: storageSku
    incomingContainerName: watchedContainer
    publishedContainerName: publishedContainer
    stagingRetentionDays: stagingRetentionDays
    quarantineContainerName: names.containers.quarantine
    hashBankSnapshotContainerName: names.containers.hashBankSnapshots
    deadLetterContainerName: names.containers.eventGridDeadLetter
    tableNames: [
      names.tables.promptVerdicts
      names.tables.imageVerdicts
      names.tables.audit
      names.tables.hashBanks
      names.tables.hashBankEntries
      names.tables.strikes
      names.tables.reportLedger
    ]
    // The reports queue (ids of verdicts to report) and the re-screening fan-out (a queue-triggered function per page;
    // the host writes failed pages to the poison queue).
    queueNames: [
      names.queues.reports
      names.queues.rescreenPages
      names.queues.rescreenPagesPoison
    ]
    quarantineRetentionDays: quarantineRetentionDays
    quarantinePolicyLocked: quarantinePolicyLocked
  }
}

module contentSafety 'core/content-safety.bicep' = {
  name: 'contentSafety'
  scope: rg
  params: {
    name: resourceNames.contentSafety
    location: location
    tags: tags
    skuName: contentSafetySku
  }
}

module keyVault 'core/key-vault.bicep' = {
  name: 'keyVault'
  scope: rg
  params: {
    name: resourceNames.keyVault
    location: location
    tags: tags
    verdictIdKeySecretName: verdictIdKeySecretName
    verdictIdKey: verdictIdKey
  }
}

module eventGridTopic 'core/eventgrid-system-topic.bicep' = {
  name: 'eventGridTopic'
  scope: rg
  params: {
    name: resourceNames.eventGridTopic
    location: location
    tags: tags
    sourceStorageAccountId: contentStorage.outputs.id
  }
}

// App settings: identity-based connections only, no keys or secret-bearing connection strings.
// Setting names come from names.json; the suffixes (__credential, __clientId, __blobServiceUri, ...)
// are the Azure Functions / Azure SDK conventions for identity-based connections.
var hostConnection = names.appSettings.hostStorageConnection
var storageConnection = names.appSettings.storageConnection
var appSettings = {
  // Host storage (AzureWebJobsStorage) on the app storage account. No tableServiceUri: the host
  // needs tables only for Durable Functions, which GenScreen does not use (so no table role either).
  '${hostConnection}__credential': 'managedidentity'
  '${hostConnection}__clientId': identity.outputs.clientId
  '${hostConnection}__blobServiceUri': appStorage.outputs.blobEndpoint
  '${hostConnection}__queueServiceUri': appStorage.outputs.queueEndpoint

  // Product data on the content account: blob trigger + quarantine (blob), verdicts (table),
  // blob-trigger poison queue (queue).
  '${storageConnection}__credential': 'managedidentity'
  '${storageConnection}__clientId': identity.outputs.clientId
  '${storageConnection}__blobServiceUri': contentStorage.outputs.blobEndpoint
  '${storageConnection}__queueServiceUri': contentStorage.outputs.queueEndpoint
  '${storageConnection}__tableServiceUri': contentStorage.outputs.tableEndpoint

  '${names.appSettings.contentSafetyEndpoint}': contentSafety.outputs.endpoint
  '${names.appSettings.contentSafetyManagedIdentityClientId}': identity.outputs.clientId

  '${names.appSettings.defaultPolicy}': policy
  '${names.appSettings.promptVerdictTable}': names.tables.promptVerdicts
  // A Key Vault reference, not the key: the platform resolves it with the app's identity.
  '${names.appSettings.verdictIdKey}': '@Microsoft.KeyVault(VaultName=${resourceNames.keyVault};SecretName=${verdictIdKeySecretName})'
  '${names.appSettings.incomingContainer}': watchedContainer
  '${names.appSettings.quarantineContainer}': names.containers.quarantine
  '${names.appSettings.publishEnabled}': string(publishMode)
  '${names.appSettings.publishedContainer}': names.containers.published
  '${names.appSettings.stagingAfterPublish}': stagingAfterPublish
  '${names.appSettings.imageVerdictTable}': names.tables.imageVerdicts
  '${names.appSettings.auditTable}': names.tables.audit
  '${names.appSettings.hashBankTable}': names.tables.hashBanks
  '${names.appSettings.hashBankEntryTable}': names.tables.hashBankEntries
  '${names.appSettings.hashBankSnapshotContainer}': names.containers.hashBankSnapshots
  '${names.appSettings.quarantineRetentionDays}': string(quarantineRetentionDays)

  // Telemetry is sent with the identity's Entra token (App Insights has local auth disabled).
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
  // Lets any DefaultAzureCredential in the app pick the user-assigned identity.
  AZURE_CLIENT_ID: identity.outputs.clientId
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: resourceNames.functionApp
    planName: resourceNames.plan
    location: location
    tags: tags
    serviceName: 'api'
    identityId: identity.outputs.id
    appStorageAccountName: resourceNames.appStorage
    deploymentContainerName: appStorage.outputs.deploymentContainerName
    applicationInsightsName: resourceNames.applicationInsights
    appSettings: appSettings
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    adminAppClientId: adminAppClientId
  }
  dependsOn: [
    monitoring
    rbac // the host authenticates to storage and Key Vault with the identity from its first start
  ]
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    appIdentityName: resourceNames.identity
    eventGridSystemTopicName: resourceNames.eventGridTopic
    appStorageAccountName: resourceNames.appStorage
    contentStorageAccountName: resourceNames.contentStorage
    incomingContainerName: watchedContainer
    publishedContainerName: publishedContainer
    quarantineContainerName: names.containers.quarantine
    hashBankSnapshotContainerName: names.containers.hashBankSnapshots
    deadLetterContainerName: names.containers.eventGridDeadLetter
    contentSafetyAccountName: resourceNames.contentSafety
    applicationInsightsName: resourceNames.applicationInsights
    keyVaultName: resourceNames.keyVault
    verdictIdKeySecretName: verdictIdKeySecretName
  }
  dependsOn: [
    identity
    keyVault
    eventGridTopic
    appStorage
    contentStorage
    contentSafety
    monitoring
  ]
}

module blobEvents 'app/blob-event-subscription.bicep' = if (enableBlobEventSubscription) {
  name: 'blobEvents'
  scope: rg
  params: {
    systemTopicName: resourceNames.eventGridTopic
    subscriptionName: resourceNames.blobEventSubscription
    functionAppName: resourceNames.functionApp
    functionName: names.functions.screenImageBlob
    incomingContainerName: watchedContainer
    deadLetterStorageAccountId: contentStorage.outputs.id
    deadLetterContainerName: names.containers.eventGridDeadLetter
  }
  dependsOn: [
    api
    eventGridTopic
    rbac // the topic's identity must be able to write dead letters
  ]
}

// ---- Outputs: azd stores these in .azure/<env>/.env; hooks and docs use them ----
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_APP_STORAGE_ACCOUNT_NAME string = appStorage.outputs.name
output AZURE_CONTENT_STORAGE_ACCOUNT_NAME string = contentStorage.outputs.name
output AZURE_CONTENT_STORAGE_BLOB_ENDPOINT string = contentStorage.outputs.blobEndpoint
output AZURE_CONTENT_STORAGE_TABLE_ENDPOINT string = contentStorage.outputs.tableEndpoint
output AZURE_CONTENT_SAFETY_ENDPOINT string = contentSafety.outputs.endpoint
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output GENSCREEN_INCOMING_CONTAINER string = contentStorage.outputs.incomingContainerName
output GENSCREEN_QUARANTINE_CONTAINER string = contentStorage.outputs.quarantineContainerName
output GENSCREEN_PUBLISHED_CONTAINER string = publishedContainer
output GENSCREEN_DEFAULT_POLICY string = policy
output GENSCREEN_BLOB_EVENTS_SUBSCRIBED bool = enableBlobEventSubscription
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output GENSCREEN_ADMIN_AUTH_ENABLED bool = !empty(adminAppClientId)
