// User-assigned managed identity used by the Function App for every data-plane call:
// host storage (AzureWebJobsStorage), content storage, Content Safety and App Insights ingestion.
// A user-assigned identity (rather than system-assigned) exists before the app, so all role
// assignments are in place when the app first starts, and it survives an app re-create.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the resource.')
param tags { *: string } = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
