namespace HipMobility; internal static class Placeholder {}
