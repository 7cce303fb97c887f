// Key Vault for the app's one secret: the key of the verdict ids derived from request ids
// (VerdictStore:IdKey, see docs/storage.md). RBAC authorization only (no access policies); the app
// reads the secret through a Key Vault reference with its managed identity (Key Vault Secrets User
// on this secret alone, app/rbac.bicep), so the value never appears in an app setting.
//
// Soft delete is on (Azure enforces it). Purge protection is left off on purpose: the key only
// names verdict rows, so losing it costs replays of earlier requests (they are screened and
// recorded anew), not data; and purge protection would keep the vault name reserved for 90 days
// after `azd down`, breaking a re-`azd up` of the same environment.

@description('Name of the vault (globally unique, 3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the vault.')
param tags { *: string } = {}

@description('Name of the secret holding the verdict id key.')
param verdictIdKeySecretName string

@description('The verdict id key (at least 32 characters). Generated once by azd and kept in the azd environment.')
@secure()
@minLength(32)
param verdictIdKey string

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource verdictIdKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: verdictIdKeySecretName
  properties: {
    value: verdictIdKey
    contentType: 'text/plain'
  }
}

output name string = vault.name
output id string = vault.id
