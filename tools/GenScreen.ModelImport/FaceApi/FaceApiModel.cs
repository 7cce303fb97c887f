namespace GenScreen.ModelImport.FaceApi;

/// <summary>The face-api nets GenScreen converts; each name is the weights manifest's base name in face-api's <c>model/</c>.</summary>
public enum FaceApiModel
{
    /// <summary><c>ssd_mobilenetv1_model</c>: the face detector.</summary>
    SsdMobilenetV1,

    /// <summary><c>tiny_face_detector_model</c>: the fast face detector (TinyYolov2 with separable convolutions).</summary>
    TinyFaceDetector,

    /// <summary><c>face_landmark_68_model</c>: 68 landmarks, used to align the face crop.</summary>
    FaceLandmark68,

    /// <summary><c>age_gender_model</c>: ageGenderNet (apparent age; gender is produced by the net but not used).</summary>
    AgeGender,
}
