using GenScreen.Http;
using GenScreen.Http.Security;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The isolated worker with ASP.NET Core integration: triggers get HttpRequest and share GenScreen.Http's handlers.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddGenScreenHttp(builder.Configuration);
// Admins are whom App Service authentication (Entra ID) vouches for with the admin app role; nobody while it is off.
builder.Services.AddAppServiceAdminAuthorization(builder.Configuration);
builder.Services.AddGenScreenImagePipeline(builder.Configuration);
builder.Build().Run();
