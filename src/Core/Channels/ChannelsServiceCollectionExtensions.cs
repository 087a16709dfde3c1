using CchcFeedback.Core.Channels.Conversations;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Channels.Zalo;
using CchcFeedback.Core.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>Zalo OA and Facebook Messenger: their webhooks' logic, the event job, the clients and the token store.</summary>
    public static IServiceCollection AddCchcChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ZaloOptions>(configuration, ZaloOptions.Section);
        services.AddValidatedOptions<FacebookOptions>(configuration, FacebookOptions.Section);
        services.AddValidatedOptions<ChannelRetentionOptions>(configuration, ChannelRetentionOptions.Section);
        services.AddScoped<ChannelRetentionJob>();
        services.AddHttpClient(ZaloTokens.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(20));
        services.AddScoped<ChannelEventStore>();
        services.AddScoped<ChannelEventJob>();
        services.AddScoped<ChannelUsers>();
        services.AddSingleton<ChannelReplies>();
        services.AddScoped<ConversationStore>();
        services.AddScoped<ConversationPlaces>();
        services.AddScoped<PetitionDraftFlow>();
        services.AddScoped<RatingFlow>();
        services.AddScoped<ChannelConversation>();
        services.AddScoped<ZaloWebhook>();
        services.AddScoped<ZaloTokens>();
        services.AddScoped<ZaloClient>();
        services.AddScoped<ZaloTokenRefreshJob>();
        services.AddScoped<ZnsRatings>();
        services.AddScoped<IChannelEventHandler, ZaloEventHandler>();
        services.AddScoped<IZaloNoticeRoute, ZaloNoticeRoute>();
        // With the Official Account configured, the outbox's Zalo notices go as ZNS messages; otherwise the adapter
        // that Notifications chose (the log stand-in or a gateway) stays.
        services.AddSingleton<ZaloNoticeSender>();
        services.AddSingleton<IChatNoticeSender, ChatNoticeSender>();
        var adapter = services.Last(d => d.ServiceType == typeof(IZaloSender));
        services.AddSingleton<IZaloSender>(provider => provider.GetRequiredService<IOptions<ZaloOptions>>().Value.Enabled
            ? provider.GetRequiredService<ZaloNoticeSender>()
            : (IZaloSender)adapter.ImplementationFactory!(provider));
        services.AddHttpClient(FacebookClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(20));
        services.AddScoped<FacebookWebhook>();
        services.AddScoped<FacebookClient>();
        services.AddScoped<IChannelEventHandler, FacebookEventHandler>();
        return services;
    }
}
