// Azure AI Content Safety account. Key auth is disabled (disableLocalAuth): the app calls it with
// an Entra token from its managed identity (Cognitive Services User, see app/rbac.bicep). Entra auth
// needs a custom subdomain, so the endpoint is https://<customSubDomainName>.cognitiveservices...

@description('Name of the Content Safety account; also used as its (globally unique) custom subdomain.')
param name string

@description('Azure region. Content Safety is not offered in every region.')
param location string

@description('Tags applied to the resource.')
param tags { *: string } = {}

@description('Pricing tier: F0 (free, one per subscription, low rate limits) or S0 (standard).')
@allowed([
  'F0'
  'S0'
])
param skuName string = 'S0'

resource contentSafety 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'ContentSafety'
  sku: {
    name: skuName
  }
  properties: {
    customSubDomainName: toLower(name)
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
    }
  }
}

output name string = contentSafety.name
output id string = contentSafety.id
output endpoint string = contentSafety.properties.endpoint
