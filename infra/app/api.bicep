// The GenScreen Function App on the Flex Consumption plan (FC1, Linux, dotnet-isolated 10.0).
// Flex Consumption is the serverless plan that supports managed-identity deployment storage,
// per-function scaling and .NET 10; the blob trigger therefore uses the Event Grid source
// (Flex does not support the polling blob trigger), see app/blob-event-subscription.bicep.
//
// Settings Flex rejects (FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION,
// WEBSITE_RUN_FROM_PACKAGE, ...) are expressed in functionAppConfig instead.

@description('Name of the Function App (globally unique: <name>.azurewebsites.net).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region (must offer Flex Consumption).')
param location string

@description('Tags applied to the resources.')
param tags { *: string } = {}

@description('azd service name from azure.yaml; azd finds the app to deploy to by this tag.')
param serviceName string = 'api'

@description('Resource ID of the user-assigned identity the app runs as.')
param identityId string

@description('Name of the app (host) storage account holding the deployment container.')
param appStorageAccountName string

@description('Blob container the platform deploys the app package from.')
param deploymentContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Application settings (no secrets: identity-based connections only).')
param appSettings { *: string }

@description('Client ID of the Entra ID app registration admins get tokens for; empty: App Service authentication off (nobody is admin).')
param adminAppClientId string = ''

@description('Functions worker runtime on Flex Consumption.')
param runtimeName string = 'dotnet-isolated'

@description('Runtime version; the app targets net10.0.')
param runtimeVersion string = '10.0'

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on scale-out (Flex Consumption allows 40-1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

resource appStorage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: appStorageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true // Linux
  }
}

// The App Insights connection string carries only the ingestion endpoint and the (non-secret)
// instrumentation key; with DisableLocalAuth the component accepts telemetry only with the Entra
// token named by APPLICATIONINSIGHTS_AUTHENTICATION_STRING, so it grants nothing on its own.
var allAppSettings = union(appSettings, {
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
})

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings (VerdictStore__IdKey) resolve with the app's identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${appStorage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
    }
  }
}

// App settings as their own resource: the object form accepts values known only at deployment
// time (the App Insights connection string), which the inline siteConfig.appSettings array does not.
resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: allAppSettings
}

// App Service authentication, for the admin routes only: it validates Entra ID bearer tokens for the
// admin app and passes their claims (with the GenScreen.Admin app role) in X-MS-CLIENT-PRINCIPAL,
// stripping any client-sent copy. Anonymous requests pass through untouched, so the screening routes
// keep their function keys and callers need no token. No client secret: tokens are only validated,
// nobody signs in through the app, and no token store is kept.
resource authSettings 'Microsoft.Web/sites/config@2025-03-01' = if (!empty(adminAppClientId)) {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: adminAppClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${adminAppClientId}'
            adminAppClientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

// No publishing passwords: azd deploys with the signed-in user's Entra token.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = functionApp.name
output id string = functionApp.id
output defaultHostName string = functionApp.properties.defaultHostName
output uri string = 'https://${functionApp.properties.defaultHostName}'
