// Storage account for the product data:
//  - blob container `incoming` (generated images land here; BlobCreated events feed the screener); in publish
//    mode this is the private `staging` container, and allowed images are copied to `published` (private too:
//    served through a CDN or app with a SAS or a read role, never anonymously; docs/storage.md),
//  - blob container `quarantine` with version-level immutability (WORM): once a violating image
//    is copied in, no identity (not even the app's) can modify or delete that version until the
//    retention period ends,
//  - blob container for Event Grid dead-lettered events,
//  - the verdict and audit tables.
// Blob versioning is on (a prerequisite of version-level immutability). The app deletes a moved
// blob's screened version itself (QuarantineMover); a lifecycle rule deletes the remaining previous
// versions and snapshots in the incoming container (content overwritten before it was screened).

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the resources.')
param tags { *: string } = {}

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_LRS'

@description('Container that receives generated images (screened on BlobCreated).')
param incomingContainerName string

@description('Publish mode: the container allowed images are copied to (empty: publish mode off, allowed images are tagged in place). The incoming container is then the staging container.')
param publishedContainerName string = ''

@description('Publish mode: days after which any blob left in the staging container is deleted (kept after publishing, never screened, or given up as poison).')
@minValue(1)
param stagingRetentionDays int = 7

@description('Container of hash bank snapshots (one blob per imported bank version; hosts read, imports write).')
param hashBankSnapshotContainerName string

@description('Container that holds quarantined images under a WORM retention policy.')
param quarantineContainerName string

@description('Container that receives Event Grid events that could not be delivered.')
param deadLetterContainerName string

@description('Tables to create (verdicts, audit).')
param tableNames string[]

@description('Queues to create: the reports queue (ids of verdicts that must be reported; docs/reports.md) and the page queue of the re-screening fan-out with its poison queue.')
param queueNames string[] = []

@description('Days a quarantined blob version stays immutable (version-level time-based retention).')
@minValue(1)
@maxValue(146000)
param quarantineRetentionDays int

@description('Set to true once the quarantine policy has been locked (az storage container immutability-policy lock). A locked policy can only be extended, never re-PUT, so the template then stops declaring it.')
param quarantinePolicyLocked bool = false

@description('Days after which previous blob versions in the incoming container are deleted.')
@minValue(1)
param incomingPreviousVersionRetentionDays int = 1

@description('Days after which dead-lettered events are deleted.')
@minValue(1)
param deadLetterRetentionDays int = 30

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    // Version-level immutability is not supported on accounts with a hierarchical namespace.
    isHnsEnabled: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Required before a container can enable immutableStorageWithVersioning.
    isVersioningEnabled: true
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource incomingContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: incomingContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Publish mode: only allowed images, copied from staging by the app with their verdict tags. Private like the others.
resource publishedContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = if (!empty(publishedContainerName)) {
  parent: blobService
  name: empty(publishedContainerName) ? 'unused' : publishedContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource quarantineContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: quarantineContainerName
  properties: {
    publicAccess: 'None'
    // Version-level WORM support; can only be turned on when the container is created.
    immutableStorageWithVersioning: {
      enabled: true
    }
  }
}

// Default version-level time-based retention for every blob version written to quarantine.
// Deployed unlocked (so dev environments can be torn down and the period adjusted); lock it in
// production with `az storage container immutability-policy lock` and then set
// quarantinePolicyLocked=true (azd env: GENSCREEN_QUARANTINE_POLICY_LOCKED) so re-provisioning leaves it alone.
resource quarantinePolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-06-01' = if (!quarantinePolicyLocked) {
  parent: quarantineContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: quarantineRetentionDays
    allowProtectedAppendWrites: false
  }
}

// Hash bank snapshots: private. No lifecycle rule: the live snapshot of a bank is never modified and can be of any
// age; replaced and orphaned snapshots are deleted by the next import's commit (docs/hashing.md).
resource hashBankSnapshotContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: hashBankSnapshotContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: deadLetterContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Publish mode: nothing stays in staging for ever. A published image's staging copy is deleted by the app
// (StagingAfterPublish=Delete) or kept for this many days (Keep); a blocked one was moved to quarantine; what is
// left (never screened, poison) was never published and goes too.
var stagingRules = empty(publishedContainerName)
  ? []
  : [
      {
        name: 'staging-expire'
        enabled: true
        type: 'Lifecycle'
        definition: {
          filters: {
            blobTypes: [
              'blockBlob'
            ]
            prefixMatch: [
              '${incomingContainer.name}/'
            ]
          }
          actions: {
            baseBlob: {
              delete: {
                daysAfterModificationGreaterThan: stagingRetentionDays
              }
            }
          }
        }
      }
    ]

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-06-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: concat(stagingRules, [
        {
          name: 'incoming-delete-previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${incomingContainer.name}/'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: incomingPreviousVersionRetentionDays
                }
              }
              // Snapshots an uploader took of content that was then overwritten were never screened.
              snapshot: {
                delete: {
                  daysAfterCreationGreaterThan: incomingPreviousVersionRetentionDays
                }
              }
            }
          }
        }
        {
          name: 'deadletter-expire'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${deadLetterContainer.name}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: deadLetterRetentionDays
                }
              }
              version: {
                delete: {
                  daysAfterCreationGreaterThan: 1
                }
              }
            }
          }
        }
      ])
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
output incomingContainerName string = incomingContainer.name
output quarantineContainerName string = quarantineContainer.name
output publishedContainerName string = publishedContainerName
output hashBankSnapshotContainerName string = hashBankSnapshotContainer.name
output deadLetterContainerName string = deadLetterContainer.name
