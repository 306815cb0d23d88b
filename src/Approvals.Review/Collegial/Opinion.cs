using Approvals.Contracts;

namespace Approvals.Review.Collegial;

/// <summary>One specialist's opinion as the approval rules weigh it.</summary>
public sealed record Opinion(string SpecialistId, OpinionRecommendation Recommendation, decimal? SupportedDailyDoseMg);
